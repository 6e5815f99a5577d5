using Keel.Domain.Users;
using Keel.Grains.Interfaces;

[assembly: SchemaName(typeof(User.Registered), "UserView")]
