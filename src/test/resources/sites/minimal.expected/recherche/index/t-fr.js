RelaisSearch.load("t-fr",{"fr":[0.766,"1v"],"frai":[1.215,"0v"],"franc":[1.180,"1r2v"]});
