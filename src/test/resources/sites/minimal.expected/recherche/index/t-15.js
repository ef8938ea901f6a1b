RelaisSearch.load("t-15",{"1500":[1.737,"1v"]});
