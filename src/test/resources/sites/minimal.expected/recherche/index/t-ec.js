RelaisSearch.load("t-ec",{"econom":[0.766,"1v"]});
