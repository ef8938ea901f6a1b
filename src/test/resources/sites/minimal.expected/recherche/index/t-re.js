RelaisSearch.load("t-re",{"region":[1.351,"0v2j"],"remboursabl":[1.175,"0v"],"renseign":[0.772,"1v"],"report":[2.086,"3v"]});
