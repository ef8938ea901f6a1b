RelaisSearch.load("t-go",{"gouv":[0.766,"1v"]});
