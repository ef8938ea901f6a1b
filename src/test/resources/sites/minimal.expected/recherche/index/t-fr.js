RelaisSearch.load("t-fr",{"fr":[0.772,"1v"],"frai":[1.175,"0v"],"franc":[1.180,"1r2v"]});
