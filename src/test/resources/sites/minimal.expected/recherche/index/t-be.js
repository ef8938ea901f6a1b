RelaisSearch.load("t-be",{"beta":[1.267,"0v1b","06"]});
