RelaisSearch.load("t-af",{"afair":[1.972,"1v"]});
