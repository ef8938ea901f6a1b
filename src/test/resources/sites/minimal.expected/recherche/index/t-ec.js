RelaisSearch.load("t-ec",{"econom":[1.098,"1v"]});
