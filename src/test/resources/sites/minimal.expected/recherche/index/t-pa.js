RelaisSearch.load("t-pa",{"page":[0.772,"1v"],"pas":[1.614,"0v"]});
