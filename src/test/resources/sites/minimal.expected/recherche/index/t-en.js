RelaisSearch.load("t-en",{"entr":[1.215,"0v"],"entrepreneu":[1.346,"1v"],"entrepris":[0.766,"1v"]});
