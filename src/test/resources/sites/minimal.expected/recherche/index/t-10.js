RelaisSearch.load("t-10",{"10":[0.688,"0u1v"]});
