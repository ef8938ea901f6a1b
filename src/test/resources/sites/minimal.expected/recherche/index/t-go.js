RelaisSearch.load("t-go",{"gouv":[1.098,"1v"]});
