RelaisSearch.load("t-vo",{"voir":[0.772,"1v"]});
