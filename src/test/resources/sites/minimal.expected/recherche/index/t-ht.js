RelaisSearch.load("t-ht",{"http":[0.766,"1v"]});
