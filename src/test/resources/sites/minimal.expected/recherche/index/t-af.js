RelaisSearch.load("t-af",{"afair":[1.981,"1v"]});
