RelaisSearch.load("t-ac",{"acord":[1.742,"3v"]});
