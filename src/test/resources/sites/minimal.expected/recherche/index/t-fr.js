RelaisSearch.load("t-fr",{"fr":[1.098,"1v"],"frai":[1.325,"0v"],"franc":[1.180,"1r2v"]});
