RelaisSearch.load("t-mo",{"moi":[1.699,"2v"],"moin":[0.772,"1v"],"montant":[1.175,"0v"]});
