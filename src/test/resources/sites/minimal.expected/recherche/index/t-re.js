RelaisSearch.load("t-re",{"region":[1.351,"0v2j","06"],"remboursabl":[1.215,"0v"],"renseign":[0.766,"1v"],"report":[2.078,"3v"]});
