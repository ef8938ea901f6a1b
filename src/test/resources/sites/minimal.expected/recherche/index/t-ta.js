RelaisSearch.load("t-ta",{"tau":[1.871,"0v"]});
