RelaisSearch.load("t-an",{"anonc":[1.699,"2v"],"ans":[1.215,"0v"]});
