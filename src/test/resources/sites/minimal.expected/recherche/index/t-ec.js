RelaisSearch.load("t-ec",{"econom":[0.772,"1v"]});
