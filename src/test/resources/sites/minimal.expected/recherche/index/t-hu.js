RelaisSearch.load("t-hu",{"hui":[1.699,"3v"]});
