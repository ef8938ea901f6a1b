RelaisSearch.load("t-mo",{"moi":[1.699,"2v"],"moin":[0.766,"1v"],"montant":[1.215,"0v"]});
