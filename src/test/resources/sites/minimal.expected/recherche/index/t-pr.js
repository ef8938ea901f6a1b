RelaisSearch.load("t-pr",{"pret":[1.351,"0v1f"],"pretbeta":[0.692,"1v"],"propo":[1.098,"1v"]});
