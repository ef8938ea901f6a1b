RelaisSearch.load("t-re",{"region":[1.351,"0v2j"],"remboursabl":[1.325,"0v"],"renseign":[0.692,"1v"],"report":[2.114,"3v"]});
