RelaisSearch.load("t-go",{"gouv":[0.772,"1v"]});
