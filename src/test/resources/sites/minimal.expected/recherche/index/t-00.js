RelaisSearch.load("t-00",{"000":[1.017,"0v1j"]});
