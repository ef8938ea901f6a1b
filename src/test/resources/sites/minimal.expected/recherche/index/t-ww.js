RelaisSearch.load("t-ww",{"www":[1.098,"1v"]});
