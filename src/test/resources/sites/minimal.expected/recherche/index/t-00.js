RelaisSearch.load("t-00",{"000":[0.937,"0v1n"]});
