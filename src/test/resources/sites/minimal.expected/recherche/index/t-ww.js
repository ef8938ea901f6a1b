RelaisSearch.load("t-ww",{"www":[0.772,"1v"]});
