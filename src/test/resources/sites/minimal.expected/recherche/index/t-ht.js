RelaisSearch.load("t-ht",{"html":[1.098,"1v"],"http":[1.098,"1v"]});
