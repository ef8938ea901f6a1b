RelaisSearch.load("t-ch",{"chifr":[1.981,"1v"]});
