RelaisSearch.load("t-pa",{"page":[0.692,"1v"],"pas":[1.614,"0v"]});
