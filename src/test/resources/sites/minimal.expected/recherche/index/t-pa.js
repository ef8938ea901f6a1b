RelaisSearch.load("t-pa",{"page":[0.766,"1v"],"pas":[1.614,"0v"]});
