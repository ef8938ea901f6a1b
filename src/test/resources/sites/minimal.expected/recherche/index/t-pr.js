RelaisSearch.load("t-pr",{"pret":[1.351,"0v1a"],"propo":[0.772,"1v"]});
