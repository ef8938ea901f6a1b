RelaisSearch.load("t-oc",{"ocitan":[1.212,"0v2l"]});
