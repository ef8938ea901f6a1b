RelaisSearch.load("t-ht",{"http":[0.772,"1v"]});
