RelaisSearch.load("t-ta",{"tau":[1.905,"0v"]});
