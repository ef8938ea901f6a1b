RelaisSearch.load("t-me",{"mesur":[1.267,"1a2v"]});
