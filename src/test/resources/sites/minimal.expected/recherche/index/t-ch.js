RelaisSearch.load("t-ch",{"chifr":[1.972,"1v"]});
