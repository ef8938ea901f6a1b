RelaisSearch.load("t-vo",{"voir":[0.692,"1v"]});
