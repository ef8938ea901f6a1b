RelaisSearch.load("t-mo",{"moi":[1.699,"2v"],"moin":[0.692,"1v"],"montant":[0.763,"0v1g"]});
