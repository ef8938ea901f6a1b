RelaisSearch.load("t-ga",{"gama":[1.965,"2v","2d"],"garant":[1.491,"0v"],"garon":[2.121,"2v","2c"]});
