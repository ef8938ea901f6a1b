RelaisSearch.load("t-ch",{"chifr":[1.982,"1v"]});
