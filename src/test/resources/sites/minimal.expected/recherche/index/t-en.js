RelaisSearch.load("t-en",{"entr":[1.325,"0v"],"entrepreneu":[1.346,"1v"],"entrepris":[0.692,"1v"]});
