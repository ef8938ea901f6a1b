RelaisSearch.load("t-en",{"entr":[1.175,"0v"],"entrepreneu":[1.346,"1v"],"entrepris":[0.772,"1v"]});
