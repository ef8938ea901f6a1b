RelaisSearch.load("t-ta",{"tau":[1.860,"0v"]});
