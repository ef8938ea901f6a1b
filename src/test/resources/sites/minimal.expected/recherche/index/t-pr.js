RelaisSearch.load("t-pr",{"pret":[1.351,"0v1a","07"],"propo":[0.766,"1v"]});
