RelaisSearch.load("t-vo",{"voir":[0.766,"1v"]});
