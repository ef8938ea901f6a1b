RelaisSearch.load("t-10",{"10":[0.763,"0v1q"]});
