RelaisSearch.load("t-ac",{"acord":[1.813,"3v"]});
